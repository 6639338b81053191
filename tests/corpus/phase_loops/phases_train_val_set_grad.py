# expect: clean
"""The transfer-learning tutorial's loop: one loop over phases, train()/eval() per phase and
`torch.set_grad_enabled(phase == "train")`; the backward only runs in the train phase."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = Net()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
criterion = nn.CrossEntropyLoss()
loaders = {phase: [(torch.randn(4, 6, 4), torch.randint(0, 2, (4,))) for _ in range(2)] for phase in ("train", "val")}
for epoch in range(2):
    for phase in ["train", "val"]:
        if phase == "train":
            model.train()
        else:
            model.eval()
        running = 0.0
        for inputs, labels in loaders[phase]:
            optimizer.zero_grad()
            with torch.set_grad_enabled(phase == "train"):
                loss = criterion(model(inputs), labels)
                if phase == "train":
                    loss.backward()
                    optimizer.step()
            running += loss.item()
        print(epoch, phase, running)
