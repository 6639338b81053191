import torch

from mocots.engine.monitor import knn_accuracy


def augment(x):
    return x * (1 + 0.1 * torch.randn(x.size(0), 1, x.size(2))) + 0.05 * torch.randn_like(x)


def pretrain(model, sample, epochs=2, steps=4, monitor_every=2):
    opt = torch.optim.SGD(model.encoder_q.parameters(), lr=0.05, momentum=0.9)
    bank_x, bank_y = sample(12)
    qx, qy = sample(6)
    for epoch in range(epochs):
        model.train()
        for step in range(steps):
            x, _ = sample(4)
            loss = model(augment(x), augment(x))
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            if (step + 1) % monitor_every == 0:
                acc = knn_accuracy(model.encoder_q, bank_x, bank_y, qx, qy)
                print(f"epoch {epoch} step {step} loss {loss.item():.3f} knn {acc:.2f}")
    return model
