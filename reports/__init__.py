"""What an analyst reads: the positions report, the timeline, `explain` and the Parquet export.

Reports only read the warehouse (the readers' snapshot, see warehouse/reader.py);
the warehouse package keeps storage.
"""
