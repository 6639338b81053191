# expect: clean
"""Fisher merging of GRU checkpoints; the Fisher estimate disables only the dropout layers."""
import torch
import torch.nn as nn


class IntentGRU(nn.Module):
    def __init__(self, vocab=30, dim=8, n_int=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(dim, n_int)

    def forward(self, x):
        return self.fc(self.drop(self.gru(self.emb(x))[1][-1]))


def finetune(seed):
    torch.manual_seed(seed)
    m = IntentGRU()
    opt = torch.optim.Adam(m.parameters(), lr=1e-2)
    for _ in range(2):
        x, y = torch.randint(0, 30, (4, 5)), torch.randint(0, 4, (4,))
        loss = nn.functional.cross_entropy(m(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    return m


def diag_fisher(model, n=3):
    model.train()
    for mod in model.modules():
        if isinstance(mod, nn.Dropout):
            mod.eval()
    fisher = {k: torch.zeros_like(p) for k, p in model.named_parameters()}
    for _ in range(n):
        x = torch.randint(0, 30, (1, 5))
        logp = torch.log_softmax(model(x), -1)
        y = torch.distributions.Categorical(logits=logp).sample()
        model.zero_grad()
        logp[0, y].sum().backward()
        for k, p in model.named_parameters():
            fisher[k] += p.grad.detach() ** 2 / n
    return fisher


def merge(models, fishers):
    out = {}
    for k in fishers[0]:
        num = sum(f[k] * dict(m.named_parameters())[k].detach() for m, f in zip(models, fishers))
        out[k] = num / (sum(f[k] for f in fishers) + 1e-8)
    return out


def main():
    models = [finetune(s) for s in (0, 1)]
    fishers = [diag_fisher(m) for m in models]
    merged = IntentGRU()
    merged.load_state_dict(merge(models, fishers))
    print("merged", sum(p.numel() for p in merged.parameters()))


if __name__ == "__main__":
    main()
