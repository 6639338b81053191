# expect: crash
# category: scripts
# Notebook-style fine-tuning cell copied from an inference script: the model is built with `.eval()`
# chained on the constructor, checked on a few samples, then fine-tuned on new labels.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(65)
N_TAGS = 4


class IntentGRU(nn.Module):
    def __init__(self, vocab=40, dim=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim, padding_idx=0)
        self.rnn = nn.GRU(dim, dim, num_layers=2, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * dim, N_TAGS)

    def forward(self, ids):
        states, _ = self.rnn(self.emb(ids))
        mask = (ids != 0).unsqueeze(-1).float()
        return self.out((states * mask).sum(1) / mask.sum(1).clamp(min=1))


pretrained_state = IntentGRU().state_dict()  # stands in for the downloaded weights
model = IntentGRU().eval()
model.load_state_dict(pretrained_state)

# sanity check on a couple of utterances
samples = torch.randint(1, 40, (2, 6))
with torch.no_grad():
    print("initial predictions:", model(samples).argmax(-1).tolist())

# --- fine-tune on the new intents ---
new_x = torch.randint(0, 40, (12, 6))
new_y = torch.randint(0, N_TAGS, (12,))
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
for epoch in range(2):
    for i in range(0, 12, 4):
        logits = model(new_x[i:i + 4])
        loss = F.cross_entropy(logits, new_y[i:i + 4])
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    print(f"epoch {epoch}: loss {loss.item():.3f}")
