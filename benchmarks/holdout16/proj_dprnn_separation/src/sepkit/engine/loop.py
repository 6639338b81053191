import logging

log = logging.getLogger("sepkit")


def run_sanity_check(system, val_loader):
    return [system.validation_step(b) for b in val_loader()]


def train_one_epoch(system, loader):
    system.mode = "train"
    total = 0.0
    for batch in loader():
        loss = system.common_step(batch)
        system.optimizer.zero_grad()
        loss.backward()  # TM001-here
        system.optimizer.step()
        total += loss.item()
    return total


def fit(system, train_loader, val_loader, epochs=1):
    logging.basicConfig(level=logging.INFO)
    log.info("sanity val %s", run_sanity_check(system, val_loader))
    for epoch in range(epochs):
        tl = train_one_epoch(system, train_loader)
        system.mode = "eval"
        vl = sum(system.validation_step(b) for b in val_loader())
        log.info("epoch %d train %.4f val %.4f", epoch, tl, vl)
