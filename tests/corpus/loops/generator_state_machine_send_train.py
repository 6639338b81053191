# expect: clean
"""A generator owns the phase as a small state machine driven with `send()`: "train" puts the model in train mode,
"validate" in eval mode (and yields a score). The loop sends "validate" after each epoch and then "train", so every
backward runs in train mode."""
import torch
import torch.nn as nn


def phase_driver(model, batches):
    command = "train"
    while True:
        if command == "train":
            model.train()
            command = yield None
        elif command == "validate":
            model.eval()
            with torch.no_grad():
                total = sum(nn.functional.mse_loss(model(x)[0], y).item() for x, y in batches)
            command = yield round(total, 4)


torch.manual_seed(0)
model = nn.LSTM(3, 4, batch_first=True)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
data = [(torch.randn(2, 5, 3), torch.randn(2, 5, 4))]
driver = phase_driver(model, data)
next(driver)
for epoch in range(2):
    for x, y in data:
        loss = nn.functional.mse_loss(model(x)[0], y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(epoch, driver.send("validate"))
    driver.send("train")
