# expect: crash
# category: modes
"""Multi-label intent detection: early stopping on a validation split, then refit the best model
on train+validation for one more epoch before export."""
import torch
import torch.nn as nn

from early_stopping import EarlyStopping
from loops import evaluate, train_one_epoch

torch.manual_seed(9)
N_TOKENS, N_LABELS = 30, 4


class IntentNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(N_TOKENS, 10)
        self.encoder = nn.LSTM(10, hidden, batch_first=True, bidirectional=True)
        self.classify = nn.Linear(2 * hidden, N_LABELS)

    def forward(self, tokens):
        out, _ = self.encoder(self.embed(tokens))
        return self.classify(out.max(dim=1).values)


def split(n):
    return [(torch.randint(0, N_TOKENS, (4, 8)), torch.randint(0, 2, (4, N_LABELS)).float()) for _ in range(n)]


train_loader, val_loader = split(3), split(2)
model = IntentNet()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
stopper = EarlyStopping(patience=1)

for epoch in range(4):
    model.train()
    tr = train_one_epoch(model, train_loader, opt)
    va = evaluate(model, val_loader)
    print(f"epoch {epoch}: train {tr:.4f} val {va:.4f}")
    if stopper.step(va, model):
        print("early stop")
        break

model = stopper.best_model
refit_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
print("refit loss", train_one_epoch(model, train_loader + val_loader, refit_opt))
