def mode_controller(model):
    phase = None
    try:
        while True:
            phase = yield phase
            model.train(phase == "train")
    finally:
        model.train()
