# expect: clean
"""GradScaler training with train() at the top of each epoch and evaluation under no_grad."""
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.GRU(6, 12, batch_first=True)
fc = nn.Linear(12, 2)
opt = torch.optim.Adam(list(rnn.parameters()) + list(fc.parameters()))
scaler = torch.amp.GradScaler("cpu", enabled=False)
for epoch in range(2):
    rnn.train()
    x, y = torch.randn(4, 5, 6), torch.randint(0, 2, (4,))
    loss = nn.functional.cross_entropy(fc(rnn(x)[0][:, -1]), y)
    opt.zero_grad()
    scaler.scale(loss).backward()
    scaler.step(opt)
    scaler.update()
    rnn.eval()
    with torch.no_grad():
        print(epoch, fc(rnn(torch.randn(2, 5, 6))[0][:, -1]).argmax(-1).tolist())
