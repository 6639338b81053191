STITCHES = ["<bos>", "k", "p", "yo", "k2tog", "ssk", "sl1"]
DELTA = {"<bos>": 0, "k": 0, "p": 0, "yo": 1, "k2tog": -1, "ssk": -1, "sl1": 0}
BOS = 0
V = len(STITCHES)
