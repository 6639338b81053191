class History:
    def on_epoch_end(self, engine):
        losses = engine.state["losses"]
        print("epoch", engine.state["epoch"], "last loss", round(losses[-1], 4))
