# expect: clean
"""Knacker-yard sorter: gradient-based pruning scores (|w * dL/dw|) computed on a validation batch; evaluate() only flips the wrapper flag."""
import torch
import torch.nn as nn

torch.manual_seed(2)


class YardModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(20, 8)
        self.rnn = nn.RNN(8, 8, batch_first=True, nonlinearity="tanh")
        self.cls = nn.Linear(8, 2)

    def forward(self, tok):
        h, _ = self.rnn(self.embed(tok))
        return self.cls(h.mean(1))


def train_one(model, opt):
    model.train()
    tok, y = torch.randint(0, 20, (8, 5)), torch.randint(0, 2, (8,))
    opt.zero_grad()
    nn.functional.cross_entropy(model(tok), y).backward()
    opt.step()


def evaluate(model, tok, y):
    model.training = False
    with torch.no_grad():
        return (model(tok).argmax(-1) == y).float().mean().item()


def snip_scores(model, tok, y):
    model.zero_grad()
    loss = nn.functional.cross_entropy(model(tok), y)
    loss.backward()
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.dim() > 1}


def prune(model, scores, keep=0.7):
    flat = torch.cat([s.flatten() for s in scores.values()])
    thr = flat.kthvalue(int(len(flat) * (1 - keep))).values
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                p.mul_((scores[n] > thr).float())


if __name__ == "__main__":
    model = YardModel()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    val_tok, val_y = torch.randint(0, 20, (8, 5)), torch.randint(0, 2, (8,))
    for ep in range(2):
        train_one(model, opt)
        print("val acc", evaluate(model, val_tok, val_y))
    scores = snip_scores(model, val_tok, val_y)
    prune(model, scores)
    print("after prune", evaluate(model, val_tok, val_y))
