# expect: clean
"""E-mail intent triage with a deferred backward: the loss of the batch is computed first, then
a monitoring hook evaluates the model (eval + no_grad) for the dashboard, and only then is the
stored loss backpropagated. The stored loss came from a train-mode forward."""
import torch
import torch.nn as nn

INTENTS = ["refund", "cancel", "upgrade", "other"]


class TriageLSTM(nn.Module):
    def __init__(self, vocab=50, dim=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, len(INTENTS))

    def forward(self, ids):
        h, _ = self.lstm(self.emb(ids))
        return self.cls(h[:, -1])


def dashboard(model, ids, y):
    model.eval()
    with torch.no_grad():
        acc = (model(ids).argmax(-1) == y).float().mean().item()
    print("dashboard acc", acc)


def main():
    torch.manual_seed(6)
    model = TriageLSTM()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    ids, y = torch.randint(0, 50, (6, 8)), torch.randint(0, 4, (6,))
    for step in range(3):
        model.train()
        pending = nn.functional.cross_entropy(model(ids), y)
        dashboard(model, ids, y)
        opt.zero_grad()
        pending.backward()
        opt.step()
        print(step, pending.item())


if __name__ == "__main__":
    main()
