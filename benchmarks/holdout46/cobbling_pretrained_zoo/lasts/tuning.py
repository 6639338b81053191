import torch


def finetune(model, batches, epochs=1, lr=1e-3):
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=1e-4)
    history = []
    for _ in range(epochs):
        running = 0.0
        for x, weeks in batches:
            opt.zero_grad()
            loss = torch.nn.functional.smooth_l1_loss(model(x), weeks)
            loss.backward()  # TM001-here
            opt.step()
            running += loss.item()
        history.append(running / len(batches))
    return history
