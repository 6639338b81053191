# expect: crash
"""Bell-tower ringing-peal timing model, pruned by gradient-based saliency scores (|w * dL/dw|)
computed on a validation batch right after the validation metrics are taken."""
import torch
import torch.nn as nn

torch.manual_seed(6)

N_BELLS = 6


class PealNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(N_BELLS, 6)
        self.rnn = nn.RNN(6, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(hidden, 1)

    def forward(self, bells):
        o, _ = self.rnn(self.emb(bells))
        return self.head(o).squeeze(-1)


def batch(b=4, t=N_BELLS):
    bells = torch.stack([torch.randperm(N_BELLS) for _ in range(b)])[:, :t]
    gaps = torch.rand(b, t)
    return bells, gaps


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.l1_loss(model(b), g).item() for b, g in data) / len(data)


def saliency_scores(model, data):
    model.zero_grad()
    for b, g in data:
        nn.functional.mse_loss(model(b), g).backward()  # TM001-here
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.grad is not None and p.dim() > 1}


def prune(model, scores, frac=0.2):
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                k = max(1, int(frac * p.numel()))
                thresh = scores[n].flatten().kthvalue(k).values
                p.mul_((scores[n] > thresh).float())


def main():
    model = PealNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val = [batch() for _ in range(2)]
    for epoch in range(2):
        model.train()
        for _ in range(3):
            b, g = batch()
            loss = nn.functional.mse_loss(model(b), g)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("epoch", epoch, "val l1", round(evaluate(model, val), 4))
    scores = saliency_scores(model, val)
    prune(model, scores)
    print("pruned; val l1", round(evaluate(model, val), 4))


if __name__ == "__main__":
    main()
