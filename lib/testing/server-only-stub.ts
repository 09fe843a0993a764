// Vitest runs server modules outside Next; the real package throws there on purpose.
export {};
