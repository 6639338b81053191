import torch


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    hits = 0
    n = 0
    for images, labels, label_lens in loader:
        pred = model(images).argmax(-1)
        for p, ref in zip(pred.tolist(), labels.split(label_lens.tolist())):
            collapsed = [c for i, c in enumerate(p) if c != 0 and (i == 0 or c != p[i - 1])]
            hits += collapsed == ref.tolist()
            n += 1
    return hits / n
