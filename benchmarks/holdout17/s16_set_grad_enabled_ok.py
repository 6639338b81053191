# expect: clean
"""The classic phase loop: model.train(phase == "train") and set_grad_enabled(phase == "train")."""
import torch
import torch.nn as nn

torch.manual_seed(8)
rnn = nn.GRU(4, 6, batch_first=True)
head = nn.Linear(6, 2)
opt = torch.optim.Adam(list(rnn.parameters()) + list(head.parameters()), 1e-3)
loaders = {p: [(torch.randn(3, 5, 4), torch.randint(0, 2, (3,))) for _ in range(2)] for p in ("train", "val")}

for epoch in range(2):
    for phase in ("train", "val"):
        rnn.train(phase == "train")
        head.train(phase == "train")
        running = 0.0
        for x, y in loaders[phase]:
            with torch.set_grad_enabled(phase == "train"):
                out, _ = rnn(x)
                loss = nn.functional.cross_entropy(head(out[:, -1]), y)
                if phase == "train":
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
            running += loss.item()
        print(epoch, phase, round(running, 3))
print("done")
