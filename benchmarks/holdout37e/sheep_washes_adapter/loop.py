import torch


def fit(task, data, epochs=1):
    opt = torch.optim.Adam(task.parameters(), lr=1e-2)
    log = []
    for ep in range(epochs):
        for batch in data:
            loss = task.train_step(batch)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        log.append(round(task.valid_step(data[0]), 3))
    return log
