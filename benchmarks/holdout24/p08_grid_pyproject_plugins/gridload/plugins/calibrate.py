import torch


class TemperatureCalibration:
    def on_fit_start(self, trainer, data):
        model = trainer.model
        model.eval()
        with torch.no_grad():
            x, y = data[0]
            spread = (model(x) - y).std()
            model.temperature.fill_(float(spread.clamp(0.5, 2.0)))

    def on_epoch_end(self, trainer, epoch, loss):
        pass
