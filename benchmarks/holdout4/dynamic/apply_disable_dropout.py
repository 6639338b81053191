# expect: clean
"""Deterministic fine-tuning: dropout layers are switched off with model.apply, the rest stays in training mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def disable_dropout(module):
    if isinstance(module, (nn.Dropout, nn.Dropout1d, nn.AlphaDropout)):
        module.eval()


class IntentModel(nn.Module):
    def __init__(self, vocab=50, dim=12, intents=4, slots=6):
        super().__init__()
        self.embed = nn.Sequential(nn.Embedding(vocab, dim), nn.Dropout(0.2))
        self.encoder = nn.GRU(dim, dim, num_layers=2, batch_first=True, bidirectional=True, dropout=0.2)
        self.intent = nn.Sequential(nn.Dropout(0.3), nn.Linear(2 * dim, intents))
        self.slot = nn.Linear(2 * dim, slots)

    def forward(self, tokens):
        states, h = self.encoder(self.embed(tokens))
        pooled = torch.cat([h[-2], h[-1]], -1)
        return self.intent(pooled), self.slot(states)


torch.manual_seed(0)
model = IntentModel()
model.train()
model.apply(disable_dropout)
print("encoder training:", model.encoder.training, "dropout training:", model.intent[0].training)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(4):
    tokens = torch.randint(0, 50, (4, 8))
    intent_y, slot_y = torch.randint(0, 4, (4,)), torch.randint(0, 6, (4, 8))
    intent_logits, slot_logits = model(tokens)
    loss = F.cross_entropy(intent_logits, intent_y) + F.cross_entropy(slot_logits.flatten(0, 1), slot_y.flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step}: {loss.item():.4f}")
