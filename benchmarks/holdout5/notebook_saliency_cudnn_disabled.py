# expect: clean
# category: script
# %% [markdown]
# Saliency maps for a sleep-stage classifier (notebook export). As suggested in captum#564 for RNN
# attributions, cuDNN is switched off for the whole notebook.

# %%
import torch
import torch.nn as nn

torch.backends.cudnn.enabled = False
torch.manual_seed(35)
device = "cuda" if torch.cuda.is_available() else "cpu"

# %%
class SleepNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 12, num_layers=2, batch_first=True, bidirectional=True, dropout=0.25)
        self.fc = nn.Linear(24, 5)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


net = SleepNet().to(device)
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)

# %%
for epoch in range(2):
    net.train()
    for _ in range(3):
        epochs_x, stages = torch.randn(8, 20, 3, device=device), torch.randint(0, 5, (8,), device=device)
        loss = nn.functional.cross_entropy(net(epochs_x), stages)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(epoch, loss.item())

# %%
net.eval()
sample = torch.randn(4, 20, 3, device=device, requires_grad=True)
scores = net(sample)
scores.max(1).values.sum().backward()
saliency = sample.grad.abs().amax(2)
print("saliency peak per recording:", saliency.argmax(1).tolist())
