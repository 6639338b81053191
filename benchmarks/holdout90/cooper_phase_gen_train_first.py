# expect: clean
"""Cooper barrel-stave moisture: a generator owns the phases and switches modes between yields."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class StaveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 10, batch_first=True)
        self.head = nn.Linear(10, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def phases(model, train_batches, val_batch, epochs):
    for epoch in range(epochs):
        model.eval()
        yield "val", val_batch  # validate the incoming weights first
        model.train()
        for batch in train_batches:
            yield "train", batch


def main():
    model = StaveNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    train_batches = [(torch.randn(4, 5, 3), torch.randn(4, 1)) for _ in range(2)]
    val_batch = (torch.randn(4, 5, 3), torch.randn(4, 1))
    for phase, (x, y) in phases(model, train_batches, val_batch, epochs=2):
        if phase == "val":
            with torch.no_grad():
                print("val", nn.functional.mse_loss(model(x), y).item())
            continue
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
