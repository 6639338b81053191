# expect: clean
# category: near_miss
"""Train a text LSTM, measure clean vs FGSM-on-embeddings accuracy after every epoch."""
import torch

from robust.fgsm import fgsm_on_embeddings
from robust.net import TextLSTM

torch.manual_seed(15)
model = TextLSTM()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
test_x, test_y = torch.randint(0, 40, (12, 9)), torch.randint(0, 3, (12,))

for epoch in range(2):
    for _ in range(3):
        x, y = torch.randint(0, 40, (8, 9)), torch.randint(0, 3, (8,))
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    adv_pred = fgsm_on_embeddings(model, test_x, test_y)
    print(f"epoch {epoch}: loss {loss.item():.3f} adversarial acc {(adv_pred == test_y).float().mean():.2f}")
