import { UsageError } from '../errors.js';
import type { CommandAction } from './commands/lazy.js';

const action: CommandAction = async () => {
  throw new UsageError('`webapi-plugin init` is not implemented yet');
};
export default action;
