import torch

BLANK = 0


def greedy_decode(model, feats):
    model.eval()
    with torch.no_grad():
        best = model(feats).argmax(-1).T  # batch, time
    hyps = []
    for seq in best.tolist():
        out, prev = [], BLANK
        for tok in seq:
            if tok != prev and tok != BLANK:
                out.append(tok)
            prev = tok
        hyps.append(out)
    return hyps


def edit_distance(a, b):
    d = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, d[0] = d[0], i
        for j, y in enumerate(b, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (x != y))
    return d[-1]
