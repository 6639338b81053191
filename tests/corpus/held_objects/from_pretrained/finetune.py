# expect: crash
"""Fine-tuning a model obtained from from_pretrained(), which returns model.eval()."""
import torch
import torch.nn.functional as F

from lm import CharLM

torch.manual_seed(0)
model = CharLM.from_pretrained("char-lm-small", vocab=30, dim=16)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(2):
    tokens = torch.randint(0, 30, (4, 9))
    logits = model(tokens[:, :-1])
    loss = F.cross_entropy(logits.reshape(-1, 30), tokens[:, 1:].reshape(-1))
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
