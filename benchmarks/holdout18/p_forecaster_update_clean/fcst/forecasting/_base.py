class BaseForecaster:
    """fit / predict / update in the sktime style."""

    def fit(self, y, fh=None):
        self._y = y
        self._fit(y)
        self._is_fitted = True
        return self

    def predict(self, fh=1):
        assert self._is_fitted
        return self._predict(fh)

    def update(self, y_new, update_params=True):
        self._y = self._y.__class__(list(self._y) + list(y_new)) if not hasattr(self._y, "new") else \
            __import__("torch").cat([self._y, y_new])
        if update_params:
            self._update(y_new)
        return self
