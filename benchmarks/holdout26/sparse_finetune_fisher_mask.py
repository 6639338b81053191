# expect: crash
"""Sparse fine-tuning masks for a glucose-event LSTM: keep the top-k parameters by empirical Fisher score."""
import torch
import torch.nn as nn

torch.manual_seed(14)


class EventLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, num_layers=2, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def fisher_scores(model, batches):
    model.eval()  # scores should not depend on dropout masks
    scores = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for x, y in batches:
        model.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()  # TM001-here
        for n, p in model.named_parameters():
            scores[n] += p.grad.pow(2)
    return scores


def topk_masks(scores, keep=0.1):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(keep * flat.numel()))
    thresh = flat.topk(k).values.min()
    return {n: (s >= thresh).float() for n, s in scores.items()}


def sparse_finetune(model, masks, batches, steps=2):
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        for x, y in batches:
            opt.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            for n, p in model.named_parameters():
                p.grad.mul_(masks[n])
            opt.step()


if __name__ == "__main__":
    data = [(torch.randn(4, 10, 4), torch.randint(0, 2, (4,))) for _ in range(2)]
    m = EventLSTM()
    masks = topk_masks(fisher_scores(m, data))
    sparse_finetune(m, masks, data)
    print("kept", int(sum(v.sum() for v in masks.values())))
