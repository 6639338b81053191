import torch


def auc(scores, labels):
    pos = scores[labels == 1]
    neg = scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return 0.5
    return (pos.unsqueeze(1) > neg.unsqueeze(0)).float().mean().item()


def evaluate(model, batches):
    model.eval()
    scores, labels = [], []
    with torch.no_grad():
        for b in batches:
            scores.append(model(b))
            labels.append(b.clicked)
    return auc(torch.cat(scores), torch.cat(labels))
