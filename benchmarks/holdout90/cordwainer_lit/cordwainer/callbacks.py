class LossPrinter:
    def on_train_epoch_start(self, trainer, epoch):
        print("epoch", epoch)

    def on_validation_end(self, trainer, losses):
        print("val", [round(v, 4) for v in losses])
