def phase_driver(model):
    while True:
        phase = yield
        if phase == "train":
            model.train()
        elif phase == "val":
            model.eval()
