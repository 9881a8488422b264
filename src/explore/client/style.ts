/** How each type of node is drawn: a colour and a shape (sigma program), and the legend's order. */
export interface TypeStyle {
  readonly color: string;
  readonly shape: 'circle' | 'square';
  readonly size: number;
}

export const NODE_STYLES: Record<string, TypeStyle> = {
  Mineral: { color: '#d97706', shape: 'circle', size: 7 },
  Country: { color: '#2563eb', shape: 'circle', size: 9 },
  ListEdition: { color: '#059669', shape: 'square', size: 7 },
  Policy: { color: '#7c3aed', shape: 'square', size: 7 },
  Alliance: { color: '#db2777', shape: 'circle', size: 9 },
  Agency: { color: '#0891b2', shape: 'square', size: 6 },
  Company: { color: '#65a30d', shape: 'square', size: 6 },
  Investment: { color: '#ca8a04', shape: 'square', size: 6 },
  Source: { color: '#6b7280', shape: 'square', size: 5 },
};

export const FALLBACK_STYLE: TypeStyle = { color: '#9ca3af', shape: 'circle', size: 6 };

export const styleOf = (label: string): TypeStyle => NODE_STYLES[label] ?? FALLBACK_STYLE;

/** Relationship colours: links darker, the statistical facts lighter (they are many). */
const FACT_TYPES = new Set(['PRODUCES', 'SUPPLIES', 'RELIES_ON', 'MEASURE']);
export const edgeColor = (type: string): string => (FACT_TYPES.has(type) ? '#cbd5e1' : '#64748b');

export const HIGHLIGHT = '#ef4444';
export const DIMMED = '#e5e7eb';
