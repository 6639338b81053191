# expect: clean
# category: near-miss
# Notebook: explain a trained GRU churn model with gradient saliency. cuDNN is disabled at the top of
# the notebook (it was added for deterministic results on the lab's GPUs).
import torch
import torch.nn as nn

torch.backends.cudnn.enabled = False
torch.manual_seed(53)

# %%
events = torch.randn(40, 14, 5)  # 40 customers, 14 days, 5 activity counters
churn = (events[:, -7:, 0].mean(1) < 0).float()

gru = nn.GRU(5, 12, batch_first=True)
head = nn.Linear(12, 1)
params = list(gru.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=5e-3)

# %%
for epoch in range(3):
    logits = head(gru(events)[0][:, -1]).squeeze(-1)
    loss = nn.functional.binary_cross_entropy_with_logits(logits, churn)
    opt.zero_grad(); loss.backward(); opt.step()
print("loss", loss.item())

# %% saliency for the five riskiest customers
gru.eval(); head.eval()
with torch.no_grad():
    risk = head(gru(events)[0][:, -1]).squeeze(-1)
top = risk.topk(5).indices
inp = events[top].clone().requires_grad_(True)
head(gru(inp)[0][:, -1]).sum().backward()
per_day = inp.grad.abs().sum(-1)
print("most influential day per customer:", per_day.argmax(1).tolist())
