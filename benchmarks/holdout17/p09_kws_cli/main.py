# expect: crash
"""Keyword-spotting CLI; the default mode is "finetune" and the mode flag is computed from it."""
from kws.cli import main

if __name__ == "__main__":
    main([])
    print("done")
