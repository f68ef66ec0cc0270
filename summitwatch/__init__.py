"""summitwatch."""
