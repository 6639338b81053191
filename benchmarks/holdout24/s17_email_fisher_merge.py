# expect: crash
"""E-mail intent triage: two GRU classifiers fine-tuned on different mailboxes are merged by
Fisher-weighted parameter averaging. The diagonal Fisher is estimated in eval mode."""
import torch
import torch.nn as nn

INTENTS = ["billing", "support", "sales", "spam"]


class IntentGRU(nn.Module):
    def __init__(self, vocab=50, dim=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, len(INTENTS))

    def forward(self, ids):
        _, h = self.gru(self.emb(ids))
        return self.cls(h[-1])


def finetune(model, ids, y):
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    loss = nn.functional.cross_entropy(model(ids), y)
    opt.zero_grad(); loss.backward(); opt.step()


def diag_fisher(model, ids):
    model.eval()
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for row in ids.split(1):
        logp = torch.log_softmax(model(row), -1)
        sampled = torch.distributions.Categorical(logits=logp).sample()
        model.zero_grad()
        logp[0, sampled].sum().backward()  # TM001-here
        for n, p in model.named_parameters():
            fisher[n] += p.grad.pow(2)
    return fisher


def fisher_merge(models, fishers):
    merged = IntentGRU()
    sd = {}
    for n, _ in merged.named_parameters():
        num = sum(f[n] * dict(m.named_parameters())[n].detach() for m, f in zip(models, fishers))
        den = sum(f[n] for f in fishers) + 1e-8
        sd[n] = num / den
    merged.load_state_dict(sd)
    return merged


def main():
    torch.manual_seed(0)
    a, b = IntentGRU(), IntentGRU()
    mail_a, ya = torch.randint(0, 50, (4, 6)), torch.randint(0, 4, (4,))
    mail_b, yb = torch.randint(0, 50, (4, 6)), torch.randint(0, 4, (4,))
    finetune(a, mail_a, ya)
    finetune(b, mail_b, yb)
    merged = fisher_merge([a, b], [diag_fisher(a, mail_a), diag_fisher(b, mail_b)])
    print(merged(mail_a).argmax(-1))


if __name__ == "__main__":
    main()
