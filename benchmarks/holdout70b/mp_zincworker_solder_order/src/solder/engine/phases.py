import torch


def pretrain(engine):
    engine.model.train()
    for _ in range(engine.steps):
        engine.step(*engine.batch())


def calibrate(engine):
    engine.model.eval()
    with torch.no_grad():
        x, y = engine.batch()
        engine.log.append(("calib_mse", (engine.model(x) - y).pow(2).mean().item()))


def finetune(engine):
    for _ in range(engine.steps):
        engine.step(*engine.batch())


PHASES = {"pretrain": pretrain, "calibrate": calibrate, "finetune": finetune}
