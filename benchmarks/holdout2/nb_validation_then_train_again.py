# expect: clean
# category: notebook
# Notebook export: next-location prediction from GPS check-ins with an LSTM, validated between
# training rounds.
import torch
import torch.nn as nn

torch.manual_seed(90)
N_PLACES = 20

# %% data: sequences of visited place ids
seqs = torch.randint(0, N_PLACES, (60, 9))
train_seqs, val_seqs = seqs[:45], seqs[45:]

# %% model
emb = nn.Embedding(N_PLACES, 8)
lstm = nn.LSTM(8, 16, batch_first=True)
head = nn.Linear(16, N_PLACES)
model = nn.ModuleDict({"emb": emb, "lstm": lstm, "head": head})
opt = torch.optim.Adam(model.parameters(), lr=5e-3)

def run(batch):
    out, _ = model["lstm"](model["emb"](batch[:, :-1]))
    return model["head"](out[:, -1])

# %% round 1
model.train()
for i in range(0, 45, 15):
    loss = nn.functional.cross_entropy(run(train_seqs[i:i + 15]), train_seqs[i:i + 15, -1])
    opt.zero_grad(); loss.backward(); opt.step()
print("round 1 loss", loss.item())

# %% validation
model.eval()
with torch.no_grad():
    top5 = run(val_seqs).topk(5, dim=1).indices
print("val acc@5", (top5 == val_seqs[:, -1:]).any(1).float().mean().item())

# %% round 2
model.train()
for i in range(0, 45, 15):
    loss = nn.functional.cross_entropy(run(train_seqs[i:i + 15]), train_seqs[i:i + 15, -1])
    opt.zero_grad(); loss.backward(); opt.step()
print("round 2 loss", loss.item())
