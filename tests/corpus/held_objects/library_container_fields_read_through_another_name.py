# expect: crash
"""A weir-level model assembled on a bare nn.Module in the script (`core.rnn = nn.GRU(...)`), checked in eval
mode, then fine-tuned through another name the same object goes by (`net = nets["core"]`): `net.rnn` is the
GRU the script stored on `core`, still in eval mode."""
import torch
import torch.nn as nn

core = nn.Module()
core.rnn = nn.GRU(2, 6, batch_first=True)
core.out = nn.Linear(6, 1)
nets = {"core": core}

x, y = torch.randn(4, 9, 2), torch.randn(4, 1)
for name, m in nets.items():
    m.eval()
    with torch.no_grad():
        h, _ = m.rnn(x)
        print(name, float(((m.out(h[:, -1]) - y) ** 2).mean()))

net = nets["core"]
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
h, _ = net.rnn(x)
loss = ((net.out(h[:, -1]) - y) ** 2).mean()
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
