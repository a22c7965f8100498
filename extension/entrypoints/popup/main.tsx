import { render } from 'preact';
import { Popup } from '../../lib/popup/Popup';
import { mountPage } from '../../lib/ui/mount-page';
import '../../lib/ui/base.css';

mountPage('extName');
// `?recharge`: opened by a site's "recharge" button (the wallet bridge), with the recharge form open.
render(<Popup rechargeOpen={new URLSearchParams(location.search).has('recharge')} />, document.getElementById('app')!);
