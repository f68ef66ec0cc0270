"""The bundled corpora, shipped as package data so an installed SummitWatch runs anywhere.

- `seed/`: the seed articles that set every party's baseline (`summitwatch init`),
  with `manifest.json` (headline, outlet, date) and `gold.jsonl` (their labels).
- `dev/`: the labelled development corpus `summitwatch evaluate` scores the reader on.
"""
