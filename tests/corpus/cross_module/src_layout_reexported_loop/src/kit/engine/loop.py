def train_one_epoch(system, loader):
    system.mode = "train"
    for batch in loader():
        loss = system.batch_loss(batch)
        system.optimizer.zero_grad()
        loss.backward()  # TM001-here
        system.optimizer.step()


def fit(system, train_loader, val_loader, epochs=1):
    print("sanity", [system.val_loss(b) for b in val_loader()])
    for _ in range(epochs):
        train_one_epoch(system, train_loader)
        system.mode = "eval"
        print("val", sum(system.val_loss(b) for b in val_loader()))
