# expect: crash
# category: notebook
# %% [markdown]
# Predict the next value of a noisy sine wave with a vanilla RNN (exported from a notebook).

# %%
import torch
import torch.nn as nn

torch.manual_seed(0)
seq_len, hidden_size = 20, 16
t = torch.linspace(0, 8 * 3.1416, 200)
wave = torch.sin(t) + 0.05 * torch.randn(200)
X = torch.stack([wave[i:i + seq_len] for i in range(0, 160, 8)]).unsqueeze(-1)
Y = torch.stack([wave[i + seq_len] for i in range(0, 160, 8)]).unsqueeze(-1)

# %%
rnn = nn.RNN(input_size=1, hidden_size=hidden_size, num_layers=2, nonlinearity="relu", batch_first=True)
readout = nn.Linear(hidden_size, 1)
net = nn.Sequential()
net.add_module("rnn", rnn)
net.add_module("readout", readout)
opt = torch.optim.RMSprop(net.parameters(), lr=1e-3)
loss_fn = nn.MSELoss()

# %%
for epoch in range(3):
    out, h = net.rnn(X)
    pred = net.readout(out[:, -1])
    loss = loss_fn(pred, Y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss after first run:", loss.item())

# %%
# look at a few predictions
net.eval()
sample_out, _ = net.rnn(X[:3])
print(net.readout(sample_out[:, -1]).squeeze().tolist(), Y[:3].squeeze().tolist())

# %%
# not converged yet: run the training cell a bit longer
for epoch in range(3):
    out, h = net.rnn(X)
    pred = net.readout(out[:, -1])
    loss = loss_fn(pred, Y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("loss after second run:", loss.item())
