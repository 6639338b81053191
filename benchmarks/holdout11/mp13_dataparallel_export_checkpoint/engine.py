import torch.nn.functional as F


def fit(model, batches, optimizer, epochs=1, tag="train"):
    for epoch in range(epochs):
        for x, y in batches:
            loss = F.cross_entropy(model(x), y)
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
        print(tag, epoch, round(loss.item(), 4))
