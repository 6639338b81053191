# expect: clean
"""E-mail intent triage, Fisher-weighted merging; the Fisher pass (eval mode) runs with cuDNN
disabled around both its forward and its backward."""
import torch
import torch.nn as nn

INTENTS = ["billing", "support", "sales", "spam"]


class IntentLSTM(nn.Module):
    def __init__(self, vocab=50, dim=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, len(INTENTS))

    def forward(self, ids):
        _, (h, _) = self.lstm(self.emb(ids))
        return self.cls(h[-1])


def diag_fisher(model, ids):
    model.eval()
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    with torch.backends.cudnn.flags(enabled=False):
        for row in ids.split(1):
            logp = torch.log_softmax(model(row), -1)
            model.zero_grad()
            logp[0, logp.argmax()].backward()
            for n, p in model.named_parameters():
                fisher[n] += p.grad.pow(2)
    return fisher


def main():
    torch.manual_seed(0)
    models = [IntentLSTM(), IntentLSTM()]
    mails = [torch.randint(0, 50, (3, 6)) for _ in models]
    fishers = [diag_fisher(m, x) for m, x in zip(models, mails)]
    merged = IntentLSTM()
    with torch.no_grad():
        for n, p in merged.named_parameters():
            num = sum(f[n] * dict(m.named_parameters())[n] for m, f in zip(models, fishers))
            p.copy_(num / (sum(f[n] for f in fishers) + 1e-8))
    print(merged(mails[0]).argmax(-1))


if __name__ == "__main__":
    main()
