import torch
import torch.nn.functional as F


def _step(model, opt, seq):
    inp, tgt = seq[:, :-1], seq[:, 1:]
    logits = model(inp)
    loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def fit(model, patterns, epochs=2, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    history = []
    for _ in range(epochs):
        model.train()
        history.append(sum(_step(model, opt, p) for p in patterns) / len(patterns))
    return history
