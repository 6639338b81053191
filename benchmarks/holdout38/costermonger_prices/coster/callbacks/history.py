class HistoryLogger:
    def __init__(self):
        self.rows = []

    def on_epoch_end(self, loop):
        self.rows.append((loop.epoch, loop.logs["loss"]))
        print("epoch", loop.epoch, "loss", round(loop.logs["loss"], 4))
