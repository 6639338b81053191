# expect: crash
"""The phase loop with the train() branch forgotten: after the first val phase, training runs in eval mode."""
import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(4, 8, batch_first=True)
fc = nn.Linear(8, 2)
params = list(gru.parameters()) + list(fc.parameters())
optimizer = torch.optim.Adam(params)
data = {phase: [(torch.randn(4, 6, 4), torch.randint(0, 2, (4,)))] for phase in ("train", "val")}
for epoch in range(2):
    for phase in ("train", "val"):
        if phase == "val":
            gru.eval()
        for inputs, labels in data[phase]:
            with torch.set_grad_enabled(phase == "train"):
                loss = nn.functional.cross_entropy(fc(gru(inputs)[0][:, -1]), labels)
                if phase == "train":
                    optimizer.zero_grad()
                    loss.backward()  # TM001-here
                    optimizer.step()
        print(epoch, phase, loss.item())
