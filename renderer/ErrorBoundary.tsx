/** Shows what went wrong instead of a blank window if a view fails to render; the workspace itself is safe on disk. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Concord view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const { message } = this.state.error;
    return (
      <Translation ns="app">
        {(t) => (
          <div className="notice notice-error" role="alert">
            <span>{t('shell.viewFailed', { message })}</span>
            <button type="button" onClick={() => this.setState({ error: null })}>
              {t('shell.tryAgain')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
